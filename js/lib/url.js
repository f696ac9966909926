'use strict';

// The `url` module: the legacy url.parse()/format()/resolve() API, the WHATWG
// URL classes and Node's URL helpers (all implemented in internal/url).

const {
  Url,
  urlParse,
  urlResolve,
  urlResolveObject,
  urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURLChecked,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
} = require('internal/url');

module.exports = {
  // Original API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL: pathToFileURLChecked,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
