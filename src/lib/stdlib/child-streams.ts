/**
 * Where a simulated child process's writes go (stdlib/subprocesses.ts): the hook takes the text
 * when the running process is a child whose stderr is not the program's own, and says so.
 */
export const childStreams: { stderr: ((text: string) => boolean) | null } = { stderr: null };
