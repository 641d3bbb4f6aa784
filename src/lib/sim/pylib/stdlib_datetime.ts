export const datetimeLib = String.raw`
`;
