import { z } from 'zod';

/** Make one's personal feed address, or replace it (the old one stops working). */
export const IssueCalendarTokenSchema = z.object({ intent: z.enum(['create', 'regenerate'], { error: 'notAnOption' }) });
export type IssueCalendarTokenInput = z.output<typeof IssueCalendarTokenSchema>;
