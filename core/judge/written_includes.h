#pragma once
// Configuration that a script writes and a configuration file includes: `echo "js_fetch_trusted_certificate
// ${CERT};" >> /etc/nginx/conf.d/gateway/trust.conf` in an entrypoint script and `include
// /etc/nginx/conf.d/gateway/trust.conf;` in the nginx template. The written directive is a trust
// setting of the script (scanners/config/command_facts.cpp); where it takes effect is the include, so
// the include gets the same setting, its value still the script's.
#include <vector>

#include "core/model/facts.h"

namespace atscan {

// Adds to each file that includes a written file (an include whose path, with ${…} and * as
// wildcards, matches a `written` producer's destination) a copy of the trust fact the producer wrote,
// placed at the include and naming the script's line as where its value comes from.
void add_settings_of_written_includes(std::vector<FileFacts>& files);

}  // namespace atscan
