#!/bin/sh
# Writes a trust directive into a file that no configuration of the tree includes.
echo "proxy_ssl_trusted_certificate ${OTHER_CERT};" > /etc/nginx/conf.d/unused.conf
