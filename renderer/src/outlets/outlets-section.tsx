import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useEffect, useMemo, useState } from 'react';
import { outletKindLabels, type Outlet } from '../../../shared/domain/outlet';
import { useOutlets } from '../library/use-library-queries';
import { SidebarEmpty, SidebarSection } from '../sidebar/sidebar-section';
import { SidebarTree, treeTabStop } from '../sidebar/sidebar-tree';
import { TreeItem } from '../sidebar/tree-item';
import { useScope } from '../sidebar/use-scope';
import { OutletDialog } from './outlet-dialog';

interface Row {
  outlet: Outlet;
  depth: number;
  expanded: undefined;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const keyOf = (row: Row) => String(row.outlet.id);
const returnFocus = () => treeTabStop('Outlets');

/** Publishers with their counts, A to Z; each one's attributes are the user's to edit. */
export function OutletsSection() {
  const outlets = useOutlets();
  const { scope, setScope } = useScope();
  const [menuFor, setMenuFor] = useState<number | null>(null);
  const [editing, setEditing] = useState<Outlet | null>(null);
  const rows = useMemo<Row[]>(
    () => [...(outlets.data ?? [])].sort((a, b) => byName.compare(a.name, b.name)).map((outlet) => ({ outlet, depth: 0, expanded: undefined })),
    [outlets.data],
  );
  const selectedId = scope.kind === 'outlet' ? scope.id : null;
  const show = ({ id, name, domain }: Outlet) => setScope({ kind: 'outlet', id, name, domain });

  // A renamed outlet's list keeps its new name as the title.
  useEffect(() => {
    if (scope.kind !== 'outlet' || !outlets.data) return;
    const current = outlets.data.find((outlet) => outlet.id === scope.id);
    if (!current) setScope({ kind: 'library' });
    else if (current.name !== scope.name || current.domain !== scope.domain) setScope({ kind: 'outlet', id: current.id, name: current.name, domain: current.domain });
  }, [outlets.data, scope, setScope]);

  return (
    <SidebarSection title="Outlets">
      {outlets.isSuccess && rows.length === 0 && <SidebarEmpty>Outlets appear as you clip from web sites.</SidebarEmpty>}
      <SidebarTree
        label="Outlets"
        idPrefix="outlet-row"
        rows={rows}
        rowKey={keyOf}
        onSelect={(row) => show(row.outlet)}
        onToggle={() => undefined}
        onMenu={(row) => setMenuFor(row.outlet.id)}
        renderRow={(row, props) => {
          const { outlet } = row;
          return (
            <TreeItem
              key={outlet.id}
              {...props}
              depth={0}
              label={outlet.name}
              icon={<span className="tree-icon-space" />}
              title={`${outlet.name} · ${outletKindLabels[outlet.kind]} · ${outlet.domain}`}
              count={outlet.count}
              selected={outlet.id === selectedId}
              onSelect={() => show(outlet)}
              menuOpen={menuFor === outlet.id}
              onMenuOpenChange={(open) => setMenuFor(open ? outlet.id : null)}
              menu={
                <DropdownMenu.Item className="menu-item" onSelect={() => setEditing(outlet)}>
                  Edit outlet…
                </DropdownMenu.Item>
              }
            />
          );
        }}
      />
      <OutletDialog
        outlet={editing}
        onClose={() => setEditing(null)}
        returnFocus={returnFocus}
      />
    </SidebarSection>
  );
}
