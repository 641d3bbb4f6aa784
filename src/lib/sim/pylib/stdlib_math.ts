export const mathLib = String.raw`
`;
