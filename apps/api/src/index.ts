export { createApp, type AppOptions } from './app.ts';
export { startApiServer, type RunningServer } from './server.ts';
export { drainServer, stopOnSignals } from './http/drain.ts';
export { listen, PortUnavailableError, urlOf } from './http/listen.ts';
export { createLogger, type Logger } from './http/logger.ts';
export { cachedVersion, type CachedVersion } from './middleware/data-etag.ts';
export { ReadyAnswer } from './http/ready-answer.ts';
export { ResponseCache, type CachedResponse } from './middleware/response-cache.ts';
export { ReleaseLibrary } from './releases/library.ts';
