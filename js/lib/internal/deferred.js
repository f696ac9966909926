'use strict';
// Deferred builtins: `require()` succeeds and returns an object with Node 22's export names, but
// every function throws ERR_NOT_SUPPORTED_IN_SANDBOX ("<module>.<api> is not supported in
// sandbox") when called and every class when constructed. Plain values (constants, method
// lists, status codes) are kept. A module that gets a real bridge implementation (a
// js/lib/<name>.js) is loaded instead of its entry here.

const { sandboxUnsupported } = require('internal/errors');

const F = Symbol('function');
const C = Symbol('class');
const P = Symbol('dns.promises');

// Export names (and plain values) of Node 22's modules.
const TABLE = {
  "net": () => ({ "_createServerHandle": F, "_normalizeArgs": F, "_setSimultaneousAccepts": F, "BlockList": C, "SocketAddress": C, "connect": F, "createConnection": F, "createServer": F, "isIP": F, "isIPv4": F, "isIPv6": F, "Server": C, "Socket": C, "Stream": C, "getDefaultAutoSelectFamily": F, "setDefaultAutoSelectFamily": F, "getDefaultAutoSelectFamilyAttemptTimeout": F, "setDefaultAutoSelectFamilyAttemptTimeout": F }),
  "tls": () => ({ "CLIENT_RENEG_LIMIT": 3, "CLIENT_RENEG_WINDOW": 600, "DEFAULT_CIPHERS": "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA", "DEFAULT_ECDH_CURVE": "auto", "DEFAULT_MIN_VERSION": "TLSv1.2", "DEFAULT_MAX_VERSION": "TLSv1.3", "getCiphers": F, "rootCertificates": [], "getCACertificates": F, "setDefaultCACertificates": F, "convertALPNProtocols": F, "checkServerIdentity": F, "createSecureContext": F, "SecureContext": C, "TLSSocket": C, "Server": C, "createServer": F, "connect": F, "createSecurePair": F }),
  "worker_threads": () => ({ "isInternalThread": false, "isMainThread": true, "MessagePort": C, "MessageChannel": C, "markAsUncloneable": F, "markAsUntransferable": F, "isMarkedAsUntransferable": F, "moveMessagePortToContext": F, "receiveMessageOnPort": F, "resourceLimits": {  }, "postMessageToThread": F, "threadId": 0, "threadName": "", "SHARE_ENV": Symbol("nodejs.worker_threads.SHARE_ENV"), "Worker": C, "parentPort": null, "workerData": null, "BroadcastChannel": C, "setEnvironmentData": F, "getEnvironmentData": F }),
  "http2": () => ({ "connect": F, "constants": { "NGHTTP2_ERR_FRAME_SIZE_ERROR": -522, "NGHTTP2_SESSION_SERVER": 0, "NGHTTP2_SESSION_CLIENT": 1, "NGHTTP2_STREAM_STATE_IDLE": 1, "NGHTTP2_STREAM_STATE_OPEN": 2, "NGHTTP2_STREAM_STATE_RESERVED_LOCAL": 3, "NGHTTP2_STREAM_STATE_RESERVED_REMOTE": 4, "NGHTTP2_STREAM_STATE_HALF_CLOSED_LOCAL": 5, "NGHTTP2_STREAM_STATE_HALF_CLOSED_REMOTE": 6, "NGHTTP2_STREAM_STATE_CLOSED": 7, "NGHTTP2_FLAG_NONE": 0, "NGHTTP2_FLAG_END_STREAM": 1, "NGHTTP2_FLAG_END_HEADERS": 4, "NGHTTP2_FLAG_ACK": 1, "NGHTTP2_FLAG_PADDED": 8, "NGHTTP2_FLAG_PRIORITY": 32, "DEFAULT_SETTINGS_HEADER_TABLE_SIZE": 4096, "DEFAULT_SETTINGS_ENABLE_PUSH": 1, "DEFAULT_SETTINGS_MAX_CONCURRENT_STREAMS": 4294967295, "DEFAULT_SETTINGS_INITIAL_WINDOW_SIZE": 65535, "DEFAULT_SETTINGS_MAX_FRAME_SIZE": 16384, "DEFAULT_SETTINGS_MAX_HEADER_LIST_SIZE": 65535, "DEFAULT_SETTINGS_ENABLE_CONNECT_PROTOCOL": 0, "MAX_MAX_FRAME_SIZE": 16777215, "MIN_MAX_FRAME_SIZE": 16384, "MAX_INITIAL_WINDOW_SIZE": 2147483647, "NGHTTP2_SETTINGS_HEADER_TABLE_SIZE": 1, "NGHTTP2_SETTINGS_ENABLE_PUSH": 2, "NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS": 3, "NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE": 4, "NGHTTP2_SETTINGS_MAX_FRAME_SIZE": 5, "NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE": 6, "NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL": 8, "PADDING_STRATEGY_NONE": 0, "PADDING_STRATEGY_ALIGNED": 1, "PADDING_STRATEGY_MAX": 2, "PADDING_STRATEGY_CALLBACK": 1, "NGHTTP2_NO_ERROR": 0, "NGHTTP2_PROTOCOL_ERROR": 1, "NGHTTP2_INTERNAL_ERROR": 2, "NGHTTP2_FLOW_CONTROL_ERROR": 3, "NGHTTP2_SETTINGS_TIMEOUT": 4, "NGHTTP2_STREAM_CLOSED": 5, "NGHTTP2_FRAME_SIZE_ERROR": 6, "NGHTTP2_REFUSED_STREAM": 7, "NGHTTP2_CANCEL": 8, "NGHTTP2_COMPRESSION_ERROR": 9, "NGHTTP2_CONNECT_ERROR": 10, "NGHTTP2_ENHANCE_YOUR_CALM": 11, "NGHTTP2_INADEQUATE_SECURITY": 12, "NGHTTP2_HTTP_1_1_REQUIRED": 13, "NGHTTP2_DEFAULT_WEIGHT": 16, "HTTP2_HEADER_STATUS": ":status", "HTTP2_HEADER_METHOD": ":method", "HTTP2_HEADER_AUTHORITY": ":authority", "HTTP2_HEADER_SCHEME": ":scheme", "HTTP2_HEADER_PATH": ":path", "HTTP2_HEADER_PROTOCOL": ":protocol", "HTTP2_HEADER_ACCEPT_ENCODING": "accept-encoding", "HTTP2_HEADER_ACCEPT_LANGUAGE": "accept-language", "HTTP2_HEADER_ACCEPT_RANGES": "accept-ranges", "HTTP2_HEADER_ACCEPT": "accept", "HTTP2_HEADER_ACCESS_CONTROL_ALLOW_CREDENTIALS": "access-control-allow-credentials", "HTTP2_HEADER_ACCESS_CONTROL_ALLOW_HEADERS": "access-control-allow-headers", "HTTP2_HEADER_ACCESS_CONTROL_ALLOW_METHODS": "access-control-allow-methods", "HTTP2_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN": "access-control-allow-origin", "HTTP2_HEADER_ACCESS_CONTROL_EXPOSE_HEADERS": "access-control-expose-headers", "HTTP2_HEADER_ACCESS_CONTROL_REQUEST_HEADERS": "access-control-request-headers", "HTTP2_HEADER_ACCESS_CONTROL_REQUEST_METHOD": "access-control-request-method", "HTTP2_HEADER_AGE": "age", "HTTP2_HEADER_AUTHORIZATION": "authorization", "HTTP2_HEADER_CACHE_CONTROL": "cache-control", "HTTP2_HEADER_CONNECTION": "connection", "HTTP2_HEADER_CONTENT_DISPOSITION": "content-disposition", "HTTP2_HEADER_CONTENT_ENCODING": "content-encoding", "HTTP2_HEADER_CONTENT_LENGTH": "content-length", "HTTP2_HEADER_CONTENT_TYPE": "content-type", "HTTP2_HEADER_COOKIE": "cookie", "HTTP2_HEADER_DATE": "date", "HTTP2_HEADER_ETAG": "etag", "HTTP2_HEADER_FORWARDED": "forwarded", "HTTP2_HEADER_HOST": "host", "HTTP2_HEADER_IF_MODIFIED_SINCE": "if-modified-since", "HTTP2_HEADER_IF_NONE_MATCH": "if-none-match", "HTTP2_HEADER_IF_RANGE": "if-range", "HTTP2_HEADER_LAST_MODIFIED": "last-modified", "HTTP2_HEADER_LINK": "link", "HTTP2_HEADER_LOCATION": "location", "HTTP2_HEADER_RANGE": "range", "HTTP2_HEADER_REFERER": "referer", "HTTP2_HEADER_SERVER": "server", "HTTP2_HEADER_SET_COOKIE": "set-cookie", "HTTP2_HEADER_STRICT_TRANSPORT_SECURITY": "strict-transport-security", "HTTP2_HEADER_TRANSFER_ENCODING": "transfer-encoding", "HTTP2_HEADER_TE": "te", "HTTP2_HEADER_UPGRADE_INSECURE_REQUESTS": "upgrade-insecure-requests", "HTTP2_HEADER_UPGRADE": "upgrade", "HTTP2_HEADER_USER_AGENT": "user-agent", "HTTP2_HEADER_VARY": "vary", "HTTP2_HEADER_X_CONTENT_TYPE_OPTIONS": "x-content-type-options", "HTTP2_HEADER_X_FRAME_OPTIONS": "x-frame-options", "HTTP2_HEADER_KEEP_ALIVE": "keep-alive", "HTTP2_HEADER_PROXY_CONNECTION": "proxy-connection", "HTTP2_HEADER_X_XSS_PROTECTION": "x-xss-protection", "HTTP2_HEADER_ALT_SVC": "alt-svc", "HTTP2_HEADER_CONTENT_SECURITY_POLICY": "content-security-policy", "HTTP2_HEADER_EARLY_DATA": "early-data", "HTTP2_HEADER_EXPECT_CT": "expect-ct", "HTTP2_HEADER_ORIGIN": "origin", "HTTP2_HEADER_PURPOSE": "purpose", "HTTP2_HEADER_TIMING_ALLOW_ORIGIN": "timing-allow-origin", "HTTP2_HEADER_X_FORWARDED_FOR": "x-forwarded-for", "HTTP2_HEADER_PRIORITY": "priority", "HTTP2_HEADER_ACCEPT_CHARSET": "accept-charset", "HTTP2_HEADER_ACCESS_CONTROL_MAX_AGE": "access-control-max-age", "HTTP2_HEADER_ALLOW": "allow", "HTTP2_HEADER_CONTENT_LANGUAGE": "content-language", "HTTP2_HEADER_CONTENT_LOCATION": "content-location", "HTTP2_HEADER_CONTENT_MD5": "content-md5", "HTTP2_HEADER_CONTENT_RANGE": "content-range", "HTTP2_HEADER_DNT": "dnt", "HTTP2_HEADER_EXPECT": "expect", "HTTP2_HEADER_EXPIRES": "expires", "HTTP2_HEADER_FROM": "from", "HTTP2_HEADER_IF_MATCH": "if-match", "HTTP2_HEADER_IF_UNMODIFIED_SINCE": "if-unmodified-since", "HTTP2_HEADER_MAX_FORWARDS": "max-forwards", "HTTP2_HEADER_PREFER": "prefer", "HTTP2_HEADER_PROXY_AUTHENTICATE": "proxy-authenticate", "HTTP2_HEADER_PROXY_AUTHORIZATION": "proxy-authorization", "HTTP2_HEADER_REFRESH": "refresh", "HTTP2_HEADER_RETRY_AFTER": "retry-after", "HTTP2_HEADER_TRAILER": "trailer", "HTTP2_HEADER_TK": "tk", "HTTP2_HEADER_VIA": "via", "HTTP2_HEADER_WARNING": "warning", "HTTP2_HEADER_WWW_AUTHENTICATE": "www-authenticate", "HTTP2_HEADER_HTTP2_SETTINGS": "http2-settings", "HTTP2_METHOD_ACL": "ACL", "HTTP2_METHOD_BASELINE_CONTROL": "BASELINE-CONTROL", "HTTP2_METHOD_BIND": "BIND", "HTTP2_METHOD_CHECKIN": "CHECKIN", "HTTP2_METHOD_CHECKOUT": "CHECKOUT", "HTTP2_METHOD_CONNECT": "CONNECT", "HTTP2_METHOD_COPY": "COPY", "HTTP2_METHOD_DELETE": "DELETE", "HTTP2_METHOD_GET": "GET", "HTTP2_METHOD_HEAD": "HEAD", "HTTP2_METHOD_LABEL": "LABEL", "HTTP2_METHOD_LINK": "LINK", "HTTP2_METHOD_LOCK": "LOCK", "HTTP2_METHOD_MERGE": "MERGE", "HTTP2_METHOD_MKACTIVITY": "MKACTIVITY", "HTTP2_METHOD_MKCALENDAR": "MKCALENDAR", "HTTP2_METHOD_MKCOL": "MKCOL", "HTTP2_METHOD_MKREDIRECTREF": "MKREDIRECTREF", "HTTP2_METHOD_MKWORKSPACE": "MKWORKSPACE", "HTTP2_METHOD_MOVE": "MOVE", "HTTP2_METHOD_OPTIONS": "OPTIONS", "HTTP2_METHOD_ORDERPATCH": "ORDERPATCH", "HTTP2_METHOD_PATCH": "PATCH", "HTTP2_METHOD_POST": "POST", "HTTP2_METHOD_PRI": "PRI", "HTTP2_METHOD_PROPFIND": "PROPFIND", "HTTP2_METHOD_PROPPATCH": "PROPPATCH", "HTTP2_METHOD_PUT": "PUT", "HTTP2_METHOD_REBIND": "REBIND", "HTTP2_METHOD_REPORT": "REPORT", "HTTP2_METHOD_SEARCH": "SEARCH", "HTTP2_METHOD_TRACE": "TRACE", "HTTP2_METHOD_UNBIND": "UNBIND", "HTTP2_METHOD_UNCHECKOUT": "UNCHECKOUT", "HTTP2_METHOD_UNLINK": "UNLINK", "HTTP2_METHOD_UNLOCK": "UNLOCK", "HTTP2_METHOD_UPDATE": "UPDATE", "HTTP2_METHOD_UPDATEREDIRECTREF": "UPDATEREDIRECTREF", "HTTP2_METHOD_VERSION_CONTROL": "VERSION-CONTROL", "HTTP_STATUS_CONTINUE": 100, "HTTP_STATUS_SWITCHING_PROTOCOLS": 101, "HTTP_STATUS_PROCESSING": 102, "HTTP_STATUS_EARLY_HINTS": 103, "HTTP_STATUS_OK": 200, "HTTP_STATUS_CREATED": 201, "HTTP_STATUS_ACCEPTED": 202, "HTTP_STATUS_NON_AUTHORITATIVE_INFORMATION": 203, "HTTP_STATUS_NO_CONTENT": 204, "HTTP_STATUS_RESET_CONTENT": 205, "HTTP_STATUS_PARTIAL_CONTENT": 206, "HTTP_STATUS_MULTI_STATUS": 207, "HTTP_STATUS_ALREADY_REPORTED": 208, "HTTP_STATUS_IM_USED": 226, "HTTP_STATUS_MULTIPLE_CHOICES": 300, "HTTP_STATUS_MOVED_PERMANENTLY": 301, "HTTP_STATUS_FOUND": 302, "HTTP_STATUS_SEE_OTHER": 303, "HTTP_STATUS_NOT_MODIFIED": 304, "HTTP_STATUS_USE_PROXY": 305, "HTTP_STATUS_TEMPORARY_REDIRECT": 307, "HTTP_STATUS_PERMANENT_REDIRECT": 308, "HTTP_STATUS_BAD_REQUEST": 400, "HTTP_STATUS_UNAUTHORIZED": 401, "HTTP_STATUS_PAYMENT_REQUIRED": 402, "HTTP_STATUS_FORBIDDEN": 403, "HTTP_STATUS_NOT_FOUND": 404, "HTTP_STATUS_METHOD_NOT_ALLOWED": 405, "HTTP_STATUS_NOT_ACCEPTABLE": 406, "HTTP_STATUS_PROXY_AUTHENTICATION_REQUIRED": 407, "HTTP_STATUS_REQUEST_TIMEOUT": 408, "HTTP_STATUS_CONFLICT": 409, "HTTP_STATUS_GONE": 410, "HTTP_STATUS_LENGTH_REQUIRED": 411, "HTTP_STATUS_PRECONDITION_FAILED": 412, "HTTP_STATUS_PAYLOAD_TOO_LARGE": 413, "HTTP_STATUS_URI_TOO_LONG": 414, "HTTP_STATUS_UNSUPPORTED_MEDIA_TYPE": 415, "HTTP_STATUS_RANGE_NOT_SATISFIABLE": 416, "HTTP_STATUS_EXPECTATION_FAILED": 417, "HTTP_STATUS_TEAPOT": 418, "HTTP_STATUS_MISDIRECTED_REQUEST": 421, "HTTP_STATUS_UNPROCESSABLE_ENTITY": 422, "HTTP_STATUS_LOCKED": 423, "HTTP_STATUS_FAILED_DEPENDENCY": 424, "HTTP_STATUS_TOO_EARLY": 425, "HTTP_STATUS_UPGRADE_REQUIRED": 426, "HTTP_STATUS_PRECONDITION_REQUIRED": 428, "HTTP_STATUS_TOO_MANY_REQUESTS": 429, "HTTP_STATUS_REQUEST_HEADER_FIELDS_TOO_LARGE": 431, "HTTP_STATUS_UNAVAILABLE_FOR_LEGAL_REASONS": 451, "HTTP_STATUS_INTERNAL_SERVER_ERROR": 500, "HTTP_STATUS_NOT_IMPLEMENTED": 501, "HTTP_STATUS_BAD_GATEWAY": 502, "HTTP_STATUS_SERVICE_UNAVAILABLE": 503, "HTTP_STATUS_GATEWAY_TIMEOUT": 504, "HTTP_STATUS_HTTP_VERSION_NOT_SUPPORTED": 505, "HTTP_STATUS_VARIANT_ALSO_NEGOTIATES": 506, "HTTP_STATUS_INSUFFICIENT_STORAGE": 507, "HTTP_STATUS_LOOP_DETECTED": 508, "HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED": 509, "HTTP_STATUS_NOT_EXTENDED": 510, "HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED": 511 }, "createServer": F, "createSecureServer": F, "getDefaultSettings": F, "getPackedSettings": F, "getUnpackedSettings": F, "performServerHandshake": F, "sensitiveHeaders": Symbol("sensitiveHeaders"), "Http2ServerRequest": C, "Http2ServerResponse": C }),
  "dns": () => ({ "lookup": F, "lookupService": F, "Resolver": C, "getDefaultResultOrder": F, "setDefaultResultOrder": F, "setServers": F, "ADDRCONFIG": 32, "ALL": 16, "V4MAPPED": 8, "NODATA": "ENODATA", "FORMERR": "EFORMERR", "SERVFAIL": "ESERVFAIL", "NOTFOUND": "ENOTFOUND", "NOTIMP": "ENOTIMP", "REFUSED": "EREFUSED", "BADQUERY": "EBADQUERY", "BADNAME": "EBADNAME", "BADFAMILY": "EBADFAMILY", "BADRESP": "EBADRESP", "CONNREFUSED": "ECONNREFUSED", "TIMEOUT": "ETIMEOUT", "EOF": "EOF", "FILE": "EFILE", "NOMEM": "ENOMEM", "DESTRUCTION": "EDESTRUCTION", "BADSTR": "EBADSTR", "BADFLAGS": "EBADFLAGS", "NONAME": "ENONAME", "BADHINTS": "EBADHINTS", "NOTINITIALIZED": "ENOTINITIALIZED", "LOADIPHLPAPI": "ELOADIPHLPAPI", "ADDRGETNETWORKPARAMS": "EADDRGETNETWORKPARAMS", "CANCELLED": "ECANCELLED", "getServers": F, "resolve": F, "resolve4": F, "resolve6": F, "resolveAny": F, "resolveCaa": F, "resolveCname": F, "resolveMx": F, "resolveNaptr": F, "resolveNs": F, "resolvePtr": F, "resolveSoa": F, "resolveSrv": F, "resolveTlsa": F, "resolveTxt": F, "reverse": F, "promises": P }),
  "http": () => ({ "_connectionListener": F, "METHODS": ["ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE"], "STATUS_CODES": { "100": "Continue", "101": "Switching Protocols", "102": "Processing", "103": "Early Hints", "200": "OK", "201": "Created", "202": "Accepted", "203": "Non-Authoritative Information", "204": "No Content", "205": "Reset Content", "206": "Partial Content", "207": "Multi-Status", "208": "Already Reported", "226": "IM Used", "300": "Multiple Choices", "301": "Moved Permanently", "302": "Found", "303": "See Other", "304": "Not Modified", "305": "Use Proxy", "307": "Temporary Redirect", "308": "Permanent Redirect", "400": "Bad Request", "401": "Unauthorized", "402": "Payment Required", "403": "Forbidden", "404": "Not Found", "405": "Method Not Allowed", "406": "Not Acceptable", "407": "Proxy Authentication Required", "408": "Request Timeout", "409": "Conflict", "410": "Gone", "411": "Length Required", "412": "Precondition Failed", "413": "Payload Too Large", "414": "URI Too Long", "415": "Unsupported Media Type", "416": "Range Not Satisfiable", "417": "Expectation Failed", "418": "I'm a Teapot", "421": "Misdirected Request", "422": "Unprocessable Entity", "423": "Locked", "424": "Failed Dependency", "425": "Too Early", "426": "Upgrade Required", "428": "Precondition Required", "429": "Too Many Requests", "431": "Request Header Fields Too Large", "451": "Unavailable For Legal Reasons", "500": "Internal Server Error", "501": "Not Implemented", "502": "Bad Gateway", "503": "Service Unavailable", "504": "Gateway Timeout", "505": "HTTP Version Not Supported", "506": "Variant Also Negotiates", "507": "Insufficient Storage", "508": "Loop Detected", "509": "Bandwidth Limit Exceeded", "510": "Not Extended", "511": "Network Authentication Required" }, "Agent": C, "ClientRequest": C, "IncomingMessage": C, "OutgoingMessage": C, "Server": C, "ServerResponse": C, "createServer": F, "validateHeaderName": F, "validateHeaderValue": F, "get": F, "request": F, "setMaxIdleHTTPParsers": F, "maxHeaderSize": 16384, "globalAgent": {}, "WebSocket": C, "CloseEvent": C, "MessageEvent": C }),
  "https": () => ({ "Agent": C, "globalAgent": {}, "Server": C, "createServer": F, "get": F, "request": F }),
  "child_process": () => ({ "_forkChild": F, "ChildProcess": C, "exec": F, "execFile": F, "execFileSync": F, "execSync": F, "fork": F, "spawn": F, "spawnSync": F }),
};
// Node's legacy internal modules behind http and tls: the same names, deferred the same way.
TABLE._http_agent = () => ({ Agent: C, globalAgent: {} });
TABLE._http_client = () => ({ ClientRequest: C });
TABLE._http_common = () => ({ "_checkInvalidHeaderChar": F, "_checkIsHttpToken": F, "chunkExpression": /(?:^|\W)chunked(?:$|\W)/i, "continueExpression": /(?:^|\W)100-continue(?:$|\W)/i, "CRLF": "\r\n", "freeParser": F, "methods": TABLE.http().METHODS, "parsers": {}, "kIncomingMessage": Symbol("IncomingMessage"), "HTTPParser": C, "isLenient": F, "prepareError": F, "kSkipPendingData": Symbol("SkipPendingData") });
TABLE._http_incoming = () => ({ IncomingMessage: C, readStart: F, readStop: F });
TABLE._http_outgoing = () => ({ kHighWaterMark: Symbol("kHighWaterMark"), kUniqueHeaders: Symbol("kUniqueHeaders"), parseUniqueHeadersOption: F, validateHeaderName: F, validateHeaderValue: F, OutgoingMessage: C });
TABLE._http_server = () => ({ STATUS_CODES: TABLE.http().STATUS_CODES, Server: C, ServerResponse: C, setupConnectionsTracking: F, storeHTTPOptions: F, _connectionListener: F, kServerResponse: Symbol("ServerResponse"), httpServerPreClose: F, kConnectionsCheckingInterval: Symbol("http.server.connectionsCheckingInterval") });
TABLE._tls_common = () => ({ SecureContext: C, createSecureContext: F, translatePeerCertificate: F });
TABLE._tls_wrap = () => ({ TLSSocket: C, Server: C, createServer: F, connect: F });
TABLE['dns/promises'] = () => {
  const spec = TABLE.dns();
  const out = {};
  for (const k of Object.keys(spec)) {
    if (k !== 'promises' && !['ADDRCONFIG', 'ALL', 'V4MAPPED', 'lookupService'].includes(k)) out[k] = spec[k];
  }
  out.lookupService = F;
  return out;
};

function stubFunction(mod, api) {
  return { [api](...args) { throw sandboxUnsupported(mod, api); } }[api];
}

function stubClass(mod, api) {
  return { [api]: class { constructor() { throw sandboxUnsupported(mod, api); } } }[api];
}

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
function isIPv4(s) {
  return IPV4.test(`${s}`);
}
function isIPv6(s) {
  s = `${s}`;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (pct === s.length - 1) return false;
    s = s.slice(0, pct);
  }
  if (!s.includes(':') || /[^0-9a-fA-F:.]/.test(s)) return false;
  try {
    new URL(`http://[${s}]/`);
    return true;
  } catch {
    return false;
  }
}
function isIP(s) {
  return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
}
// Pure functions that need no host: real implementations.
const REAL = { net: { isIP, isIPv4, isIPv6 } };

function convert(mod, key, v) {
  if (v === F) return (REAL[mod] && REAL[mod][key]) || stubFunction(mod, key);
  if (v === C) return stubClass(mod, key);
  if (v === P) return load('dns/promises');
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = {};
    for (const k of Object.keys(v)) o[k] = convert(`${mod}.${key}`, k, v[k]);
    return o;
  }
  if (Array.isArray(v)) return Object.freeze(v.slice());
  return v;
}

const cache = { __proto__: null };
function load(id) {
  if (cache[id]) return cache[id];
  const label = id === 'dns/promises' ? 'dns.promises' : id;
  const spec = TABLE[id]();
  const out = {};
  cache[id] = out;
  for (const k of Object.keys(spec)) out[k] = convert(label, k, spec[k]);
  return out;
}

function has(id) {
  return Object.prototype.hasOwnProperty.call(TABLE, id);
}

module.exports = { has, load };
