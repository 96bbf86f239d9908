#!/bin/sh
# Writes the njs fetch trust directive that the template includes, when a certificate path is given.
set -e
if [ -n "${TRUSTED_CERT_PATH+x}" ]; then
  echo "js_fetch_trusted_certificate ${TRUSTED_CERT_PATH};" >> /etc/nginx/conf.d/gateway/trusted_certificate.conf
fi
