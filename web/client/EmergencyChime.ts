/// <reference lib="dom" />

/**
 * The optional sound of a new emergency: two short tones, off until the nurse turns it on
 * (the switch is remembered on this device). Why a switch, not on by default: browsers play
 * sound only after a person's gesture, and a ward may not want it; the title and the live
 * region announce every emergency either way.
 */
export class EmergencyChime {
  #context: AudioContext | null = null;
  readonly #key = 'medassist.dashboard.sound';

  constructor(readonly toggle: HTMLInputElement) {
    toggle.checked = localStorage.getItem(this.#key) === 'on';
    toggle.addEventListener('change', () => {
      localStorage.setItem(this.#key, toggle.checked ? 'on' : 'off');
      // Why here: the change is the gesture that lets the page play sound later.
      if (toggle.checked) void this.#audio()?.resume();
    });
  }

  /** Plays the chime if the nurse turned sound on; never throws (no audio device, say). */
  play(): void {
    if (!this.toggle.checked) return;
    try {
      const audio = this.#audio();
      if (!audio) return;
      const start = audio.currentTime;
      for (const [offset, hz] of [
        [0, 880],
        [0.25, 660],
      ] as const) {
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = hz;
        gain.gain.setValueAtTime(0.2, start + offset);
        gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.2);
        tone.connect(gain).connect(audio.destination);
        tone.start(start + offset);
        tone.stop(start + offset + 0.2);
      }
    } catch {
      // A page without sound still announces the emergency in its title and live region.
    }
  }

  #audio(): AudioContext | null {
    if (this.#context === null && typeof AudioContext === 'function')
      this.#context = new AudioContext();
    return this.#context;
  }
}
