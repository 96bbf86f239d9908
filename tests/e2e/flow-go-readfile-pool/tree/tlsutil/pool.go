package tlsutil

import (
	"crypto/x509"
	"os"
)

// LoadPool reads a PEM file into a pool that holds only those roots.
func LoadPool(path string) *x509.CertPool {
	pem, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	return pool
}
