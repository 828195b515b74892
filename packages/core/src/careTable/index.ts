export * from './meeting.ts';
