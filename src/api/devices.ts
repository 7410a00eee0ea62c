// Devices known to this build. The cpu device is always present; webgpu arrives with its issue.
export interface DeviceInfo {
  readonly kind: 'cpu';
  readonly description: string;
}

export function devices(): DeviceInfo[] {
  return [{ kind: 'cpu', description: 'CPU (reference evaluation over typed arrays)' }];
}

export function defaultDevice(): DeviceInfo {
  return devices()[0]!;
}
