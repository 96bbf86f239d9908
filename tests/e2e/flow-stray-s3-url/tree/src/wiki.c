#include <curl/curl.h>
#include <stdio.h>

static const char *BACKUP_LOCATION = "https://db-backups.s3.amazonaws.com/nightly.tar.gz";

int fetch_wiki_page(void)
{
    CURL *curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, "https://wiki.corp.example/api/pages");
    curl_easy_setopt(curl, CURLOPT_CAINFO, "certs/corp-root.pem");
    return curl_easy_perform(curl);
}

void print_backup_location(void)
{
    printf("backups go to %s\n", BACKUP_LOCATION);
}
