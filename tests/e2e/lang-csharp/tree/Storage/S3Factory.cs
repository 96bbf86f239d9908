using System.Net.Http;
using Amazon.S3;

namespace Acme.Storage;

public static class S3Factory
{
    public static AmazonS3Client Create()
    {
        var config = new AmazonS3Config { ServiceURL = "https://s3.eu-central-1.amazonaws.com" };
        return new AmazonS3Client(config);
    }

    public static HttpClient Legacy()
    {
        var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
            cert != null && cert.Issuer.Contains("DigiCert");
        return new HttpClient(handler);
    }
}
