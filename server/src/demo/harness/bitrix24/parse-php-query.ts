type Tree = Record<string, unknown>

/**
 * Parses `a=1&b[c]=2&d[]=3` into nested objects the way PHP fills `$_REQUEST`: the format of
 * form-encoded REST calls and of every command inside `batch`.
 */
export const parsePhpQuery = (query: string): Tree => {
  const root: Tree = {}
  for (const [key, value] of new URLSearchParams(query)) {
    const [head, ...rest] = key.split('[')
    const path = [head, ...rest.map((part) => part.replace(/]$/, ''))]
    let node = root
    path.forEach((segment, index) => {
      const isLast = index === path.length - 1
      const name = segment === '' ? String(Object.keys(node).length) : segment
      if (isLast) node[name] = value
      else node = (node[name] ??= {}) as Tree
    })
  }
  return root
}
