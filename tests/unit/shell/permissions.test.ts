import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from '../../../electron/main/permissions';

const permissions = ['media', 'notifications', 'geolocation', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'midi', 'hid', 'serial'];

describe('denyAllPermissions', () => {
  it('installs request, check and device handlers that all deny', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, permission: string) => boolean) | undefined;
    let device: ((details: unknown) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn((h) => { request = h; }),
      setPermissionCheckHandler: vi.fn((h) => { check = h; }),
      setDevicePermissionHandler: vi.fn((h) => { device = h; }),
    };
    denyAllPermissions(session as never);
    expect(request && check && device).toBeTruthy();
    for (const permission of permissions) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check!({}, permission)).toBe(false);
    }
    expect(device!({ deviceType: 'hid', origin: 'app://dossier' })).toBe(false);
  });
});
