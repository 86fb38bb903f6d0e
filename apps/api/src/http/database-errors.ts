// One definition for both apps: the dashboard answers the same outages with its 503 page.
export { isDatabaseUnavailable } from '@aiwatch/db';
