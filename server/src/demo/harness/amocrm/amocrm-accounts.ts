/** `mayEditCards: false` plays a user whose role may read cards but not change them (amoCRM answers 403). */
export type AmoUser = { id: number; name: string; isAdmin: boolean; mayEditCards?: boolean }

/** One amoCRM account (its own subdomain in real life) and whether our widget is installed there. */
export type AmoAccountSpec = {
  id: number
  subdomain: string
  title: string
  users: AmoUser[]
  /**
   * The widget's saved settings when it is already installed and active (the demo), else absent.
   * `{{origin}}` in a value stands for the origin the page is opened on.
   */
  widget?: Record<string, string>
}

export type AmoWidgetState = { active: boolean; settings: Record<string, string> }

/** The accounts the harness plays and each one's widget installation, kept as amoCRM keeps them. */
export const createAmoAccounts = (specs: AmoAccountSpec[]) => {
  const widgets = new Map<number, AmoWidgetState>(specs.filter((s) => s.widget).map((s) => [s.id, { active: true, settings: { ...s.widget } }]))
  const find = (id: number) => specs.find((s) => s.id === id)
  return {
    list: () => specs,
    find,
    widget: (accountId: number): AmoWidgetState | null => widgets.get(accountId) ?? null,
    /** What the settings modal's Save (or Disable) button stores after `onSave` agreed. */
    saveWidget: (accountId: number, state: AmoWidgetState) => void widgets.set(accountId, state),
  }
}

export type AmoAccounts = ReturnType<typeof createAmoAccounts>
