// Public surface of the Atlas client. Pure: no `vscode` import.
export * from './types';
export { AtlasApiError, type AtlasErrorKind } from './errors';
export {
  accessListIp,
  explainAtlasError,
  explainProjectLookupFailure,
  explainSignInFailure,
  isAtlasErrorLike,
  isCancellation,
  isIpAccessListCode,
  isLegacyEndpointGone,
  isProjectAccessCode,
  isProjectNotVisible,
} from './errorVocabulary';
export {
  AtlasClient,
  API_PREFIX,
  DEFAULT_MAX_CONCURRENT_REQUESTS,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  USER_AGENT_PRODUCT,
  userAgentFor,
} from './client';
export { Pager, createPrivateEndpointPager, createProjectPager, DEFAULT_PAGER_MAX_ITEMS, type PageSource, type PagerEnd, type PagerOptions } from './pager';
export {
  DEFAULT_BASE_URL,
  GOV_BASE_URL,
  MAX_ITEMS_PER_PAGE,
  hostOfBaseUrl,
  isAtlasBaseUrl,
  isLoopbackHost,
  isValidGroupId,
  maskUrlCredentials,
  normalizeBaseUrl,
  validateGroupId,
  validateItemsPerPage,
} from './validation';
