export { buildServer, type ServerOptions } from './app';
export { serve, startServer, type ListenOptions } from './serve';
export { Metrics } from './metrics';
export { openApiDocument } from './openapi';
export { main } from './main';
