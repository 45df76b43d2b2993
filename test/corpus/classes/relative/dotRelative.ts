/** Paths resolved on the project's URL with `new URL(relative, base)`. */
export function linkUrl(projectUrl: URL, linkId: string): URL {
  return new URL(`./privateEndpoint/${encodeURIComponent(linkId)}`, projectUrl);
}

export function serviceUrl(projectUrl: URL, provider: string): URL {
  return new URL(`./privateEndpoint/${provider}/endpointService`, projectUrl);
}

export function docsUrl(site: URL): URL {
  return new URL('./docs/privateEndpoint.html', site);
}
