#include "demo_config.h"
#include "transport.h"

int run_ota_demo(void)
{
    NetworkContext_t xNetworkContext = { 0 };
    NetworkCredentials_t xNetworkCredentials = { 0 };

    xNetworkCredentials.pRootCa = ( const unsigned char * ) democonfigROOT_CA_PEM;
    xNetworkCredentials.rootCaSize = sizeof( democonfigROOT_CA_PEM );
    return TLS_Connect( &xNetworkContext, democonfigS3_HOST, 443, &xNetworkCredentials );
}
