import { z } from 'zod';

// Extension pages and content scripts run under a CSP without eval: tell zod not to probe for it
// (the probe is reported as a CSP violation even though zod catches it).
z.config({ jitless: true });
