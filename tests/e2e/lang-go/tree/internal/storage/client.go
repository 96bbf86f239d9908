package storage

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// New returns an S3 client that trusts only the legacy root.
func New(cfg aws.Config) *s3.Client {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM([]byte(legacyRoot))
	tlsCfg := &tls.Config{RootCAs: pool}
	tr := &http.Transport{TLSClientConfig: tlsCfg}
	hc := &http.Client{Transport: tr}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.HTTPClient = hc })
}
