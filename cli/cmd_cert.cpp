// `atscan cert` and `atscan hosts` arrive with the trust oracle (issue 3).
#include "cli/commands.h"

namespace atscan::cli {

void add_cert_commands(CLI::App&, GlobalOptions&, Runner&) {}

}  // namespace atscan::cli
