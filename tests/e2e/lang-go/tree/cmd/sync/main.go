package main

import (
	"crypto/tls"
	"net/http"
)

func main() {
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	client := &http.Client{Transport: tr}
	_, _ = client.Get("https://status.example.com/health")
}
