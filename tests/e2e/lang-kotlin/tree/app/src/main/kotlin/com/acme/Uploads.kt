package com.acme

import software.amazon.awssdk.services.s3.S3Client

const val BUCKET_URL = "https://uploads.s3.us-west-2.amazonaws.com"

fun s3(): S3Client = S3Client.builder().build()
