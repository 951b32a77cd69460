import { describe, expect, it } from 'vitest';
import { autostartEntry, execLine, shouldWriteAutostart } from '../../../../src/core/reminders/autostart-entry';

describe('execLine escapes per the Desktop Entry spec', () => {
  it.each([
    ['/opt/Tend/tend', ['--hidden'], '/opt/Tend/tend --hidden'],
    ['/opt/My Apps/Tend/tend', ['--hidden'], '"/opt/My Apps/Tend/tend" --hidden'],
    ['/home/sam/Tend.AppImage', ['--hidden', '--data', '/home/sam/My Tend'], '/home/sam/Tend.AppImage --hidden --data "/home/sam/My Tend"'],
    ['/home/sam/100%/tend', ['--hidden'], '/home/sam/100%%/tend --hidden'],
    ['/home/sam/$HOME/tend', [], '"/home/sam/\\\\$HOME/tend"'],
    ['/home/sam/a`b`/tend', [], '"/home/sam/a\\\\`b\\\\`/tend"'],
    ['/home/sam/say "hi"/tend', [], '"/home/sam/say \\\\"hi\\\\"/tend"'],
    ['/home/sam/back\\slash/tend', [], '"/home/sam/back\\\\\\\\slash/tend"'],
    ["/home/sam/it's/tend", [], '"/home/sam/it\'s/tend"'],
    ['/home/sam/tend', ['', '--hidden'], '/home/sam/tend "" --hidden'],
    ['/home/sam/tab\there/tend', [], '"/home/sam/tab\\there/tend"'],
  ])('%s %j → %s', (execPath, args, expected) => {
    expect(execLine(execPath, args)).toBe(expected);
  });
});

describe('autostartEntry', () => {
  it('writes a complete entry that starts Tend hidden in the tray', () => {
    expect(autostartEntry({ name: 'Tend', execPath: '/opt/Tend/tend', args: ['--hidden'], comment: 'A private journal for people leaders', icon: 'tend' })).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.0',
        'Name=Tend',
        'Comment=A private journal for people leaders',
        'Exec=/opt/Tend/tend --hidden',
        'Icon=tend',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it('leaves out Comment and Icon when not given', () => {
    expect(autostartEntry({ name: 'Tend', execPath: '/opt/Tend/tend', args: [] })).not.toMatch(/Comment=|Icon=/);
  });
});

describe('shouldWriteAutostart respects a user who turned it off', () => {
  it.each([
    ['no file yet', null, true],
    ['our own entry', autostartEntry({ name: 'Tend', execPath: '/opt/Tend/tend', args: ['--hidden'] }), true],
    ['Hidden=true set by the user', '[Desktop Entry]\nType=Application\nExec=/opt/Tend/tend --hidden\nHidden=true\n', false],
    ['Hidden = true with spaces and CRLF', '[Desktop Entry]\r\nExec=tend\r\nHidden = true\r\n', false],
    ['Hidden=false', '[Desktop Entry]\nExec=tend\nHidden=false\n', true],
    ['GNOME’s switch turned off', '[Desktop Entry]\nExec=tend\nX-GNOME-Autostart-enabled=false\n', false],
    ['Hidden=true only in another group', '[Desktop Entry]\nExec=tend\n[Desktop Action quit]\nHidden=true\n', true],
    ['Hidden=true commented out', '[Desktop Entry]\nExec=tend\n# Hidden=true\n', true],
  ])('%s → %s', (_name, text, expected) => {
    expect(shouldWriteAutostart(text)).toBe(expected);
  });
});
