// Azure IoT C SDK: SetOption(handle, OPTION_TRUSTED_CERT, certificates) replaces the roots the device
// trusts for its hub (OPTION_TRUSTED_CERT is the string "TrustedCerts").
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  auto opt = s.string_arg(1);
  if (!opt || opt->text != "TrustedCerts") return;
  embedded(s, 2, "OPTION_TRUSTED_CERT", s.object_arg(0));
}

}  // namespace

Family azure_iot_family() {
  return {"azure_iot",
          {"IoTHubDeviceClient_LL_SetOption", "IoTHubDeviceClient_SetOption", "IoTHubClient_LL_SetOption", "IoTHubClient_SetOption",
           "IoTHubModuleClient_LL_SetOption", "IoTHubModuleClient_SetOption", "Prov_Device_LL_SetOption", "Prov_Device_SetOption"},
          {},
          {},
          &handle};
}

}  // namespace atscan::clangfe
