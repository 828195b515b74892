/** What other capabilities use of the care table. */
export { careTableRoutes } from './routes.ts';
export { decisionWithin, meetingsWithin } from './readMeetings.ts';
export { meetingCalendar, placeInWords } from './calendar.ts';
export { meetingOf, saveMeeting } from './queries.ts';
export { meetingView } from './meetingView.ts';
