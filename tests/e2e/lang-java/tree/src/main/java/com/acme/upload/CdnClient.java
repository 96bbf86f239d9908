package com.acme.upload;

import okhttp3.CertificatePinner;
import okhttp3.OkHttpClient;
import okhttp3.Request;

public class CdnClient {
  private final OkHttpClient client = new OkHttpClient.Builder()
      .certificatePinner(new CertificatePinner.Builder()
          .add("d111111abcdef8.cloudfront.net", "sha256/Vjs8r4z+80wjNcr1YKepWQboSIRi63WsWXhIMN+eWys=")
          .build())
      .build();

  public Request manifest() {
    return new Request.Builder().url("https://d111111abcdef8.cloudfront.net/manifest.json").build();
  }
}
