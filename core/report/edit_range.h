#pragma once
// A fix edit's range with its end made explicit. An edit with no end is an insertion at its start (as
// `atscan fix` applies it), but SARIF and reviewdog read a missing end as "to the end of the line".
#include "core/model/location.h"

namespace atscan {

inline Location edit_range(Location l) {
  if (l.line > 0 && l.column > 0) {
    if (l.end_line <= 0) l.end_line = l.line;
    if (l.end_column <= 0) l.end_column = l.column;
  }
  return l;
}

}  // namespace atscan
