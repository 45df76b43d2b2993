/* A PrivateLink probe: paths held in macros and formatted into buffers. */
#include <stdio.h>
#include <curl/curl.h>

#define ATLAS_API "https://cloud.mongodb.com/api/atlas/v1.0"
#define LINKS_FMT ATLAS_API "/groups/%s/privateEndpoint"
#define SERVICE_FMT ATLAS_API "/groups/%s/privateEndpoint/%s/endpointService"
#define USAGE "usage: %s GROUP_ID\n"

static const char *ONE_LINK_FMT = ATLAS_API "/groups/%s/privateEndpoint/%s";

int list_links(CURL *h, const char *group)
{
    char url[512];
    snprintf(url, sizeof url, LINKS_FMT, group);
    curl_easy_setopt(h, CURLOPT_URL, url);
    return (int)curl_easy_perform(h);
}

int describe_link(CURL *h, const char *group, const char *link)
{
    char url[512];
    sprintf(url, ONE_LINK_FMT, group, link);
    curl_easy_setopt(h, CURLOPT_URL, url);
    return (int)curl_easy_perform(h);
}

int list_services(CURL *h, const char *group, const char *provider)
{
    char url[512];
    snprintf(url, sizeof url, SERVICE_FMT, group, provider);
    curl_easy_setopt(h, CURLOPT_URL, url);
    return (int)curl_easy_perform(h);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, USAGE, argv[0]);
        return 2;
    }
    return list_links(curl_easy_init(), argv[1]);
}
