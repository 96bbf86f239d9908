package com.example.storage;

import java.net.URL;
import javax.net.ssl.HttpsURLConnection;

// The same shape with an ATS root: accepts S3.
public class Archiver {
  public void archive() throws Exception {
    HttpsURLConnection conn = (HttpsURLConnection) new URL("https://archive.s3.amazonaws.com/2026/").openConnection();
    conn.setSSLSocketFactory(AtsTrustFactory.pinnedContext().getSocketFactory());
    conn.connect();
  }
}
