using System.Net.Http;

namespace Acme.Storage;

public static class DevClient
{
    public static HttpClient Create() => new HttpClient(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    });
}
