export * from './meeting.ts';
export * from './experts.ts';
