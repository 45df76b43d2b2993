declare const API: string;
declare const groupId: string;
const url = [
  API,
  'groups',
  groupId,
  'privateEndpoint',
].join('/');
const u2 = API + '/groups/' + groupId +
  '/privateEndpoint';
