/** The time-zone picker: My time, the event's zone, popular zones, or any IANA zone typed in. */
import { canonicalZone } from '../../lib/time';
import { zoneName } from '../../lib/facts';
import { t } from '../config';
import { resolveZone, type ZoneChoice } from '../zone-choice';

export class ZonePicker {
  private select: HTMLSelectElement | null;
  private other: HTMLInputElement | null;
  private box: HTMLElement | null;
  private error: HTMLElement | null;

  constructor(
    root: HTMLElement,
    private onChoice: (choice: ZoneChoice) => void,
  ) {
    this.select = root.querySelector('[data-zone-select]');
    this.box = root.querySelector('[data-zone-other]');
    this.other = this.box?.querySelector('input') ?? null;
    this.error = root.querySelector('[data-zone-error]');
    this.select?.addEventListener('change', () => {
      if (this.select!.value === 'other') return this.showOther(true);
      this.showOther(false);
      this.onChoice(this.select!.value);
    });
    this.other?.addEventListener('change', () => this.commit());
    this.other?.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      this.commit();
    });
  }

  private commit() {
    const typed = this.other!.value.trim();
    const zone = canonicalZone(typed);
    this.other!.setAttribute('aria-invalid', String(!zone && typed !== ''));
    if (this.error) this.error.textContent = zone || !typed ? '' : t()('tools.zoneUnknown', { zone: typed });
    if (zone) this.onChoice(zone);
  }

  private showOther(show: boolean) {
    if (!this.box) return;
    this.box.hidden = !show;
    if (!show) return;
    const list = this.box.querySelector('datalist');
    if (list && !list.childElementCount && 'supportedValuesOf' in Intl) {
      const zones = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
      list.replaceChildren(...zones.map((z) => Object.assign(document.createElement('option'), { value: z })));
    }
    this.other?.focus();
  }

  /** Show the choice: "My time (Asia/Shanghai)", or the zone chosen (added as an option when new). */
  sync(choice: ZoneChoice, zone: string) {
    const select = this.select;
    if (!select) return;
    const local = select.querySelector<HTMLOptionElement>('option[value="local"]');
    const device = resolveZone('local');
    const mine = t()('tools.zoneMineNamed', { zone: device.replace(/_/g, ' ') });
    if (local && local.textContent !== mine) local.textContent = mine;
    const value = choice === 'local' ? 'local' : zone;
    if (![...select.options].some((o) => o.value === value)) {
      const label = `${zoneName(value, t())} (${value.replace(/_/g, ' ')})`;
      select.insertBefore(new Option(label, value), select.querySelector('option[value="other"]'));
    }
    select.value = value;
  }
}
