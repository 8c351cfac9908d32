/** Where the API is mounted: every endpoint path is below it, and `Location` headers start with it. */
export const API_PREFIX = '/api/v1';
