// Follows the links Atlas returns instead of building paths from ids.
export interface LinkRow {
  id: string;
  href: string;
  interfaceEndpoints: string[];
}

const JSON_HEADERS = { Accept: "application/json" };

function under(href: string): string {
  return href.endsWith("/") ? href : `${href}/`;
}

export async function interfaceOf(row: LinkRow, vpceId: string): Promise<unknown> {
  const url = new URL(`interfaceEndpoints/${encodeURIComponent(vpceId)}`, under(row.href));
  const response = await fetch(url, { headers: JSON_HEADERS });
  return response.json();
}

export function pendingInterfaces(rows: LinkRow[]): string[] {
  const columns = ["interfaceEndpoints", "status"] as const;
  return rows.flatMap((row) => row.interfaceEndpoints.map((id) => `${row.id}:${id}:${columns.join(",")}`));
}

export function describe(row: LinkRow): string {
  return `interfaceEndpoints/ of ${row.id}: ${row.interfaceEndpoints.length}`;
}
