export const interfaces = (base: string, id: string) => `${base}/${id}/interfaceEndpoints`;
export const endpoints = (base: string, id: string) => `${base}/${id}/endpoint`;
