// jsdom ships no types: the one constructor the first screen's test parses the host's HTML with.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window;
  }
}
