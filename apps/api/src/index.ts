export { createApp, type AppOptions } from './app.ts';
export { startApiServer, type RunningServer } from './server.ts';
export { createLogger, type Logger } from './http/logger.ts';
