package main

import (
	"crypto/tls"
	"net/http"

	"example.com/tools/tlsutil"
)

const bundlePath = "certs/legacy-roots.pem"

func main() {
	pool := tlsutil.LoadPool(bundlePath)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	resp, err := client.Get("https://release-artifacts.s3.amazonaws.com/latest.json")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
}
