declare const g: string, id: string, projectBase: string;

export const one = ['groups', g, 'privateEndpoint', id].map(encodeURIComponent).join('/');
export const links = new URL('privateEndpoint', projectBase);
export const regional = new URL('privateEndpoint/regionalMode', projectBase);
