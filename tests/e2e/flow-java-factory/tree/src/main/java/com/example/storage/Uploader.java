package com.example.storage;

import java.net.URL;
import javax.net.ssl.HttpsURLConnection;

public class Uploader {
  public void upload() throws Exception {
    HttpsURLConnection conn = (HttpsURLConnection) new URL("https://reports.s3.amazonaws.com/daily.csv").openConnection();
    conn.setSSLSocketFactory(TrustFactory.pinnedContext().getSocketFactory());
    conn.connect();
  }
}
