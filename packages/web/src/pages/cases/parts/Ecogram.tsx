/**
 * The ecogram: the family in the centre, the people around them on circles (family closest, then
 * friends, neighbours and volunteers, professionals and services outermost), a line for each tie:
 * thick for strong support, thin for some, dashed for a strained tie. Drawn with React Flow; each
 * person is a button that opens the same form as the table. Exported as SVG or PNG.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { toPng, toSvg } from 'html-to-image';
import type { NetworkPerson, NetworkTie } from '@omringd/core';

const ringOf: Record<NetworkTie, number> = {
  family: 0,
  friend: 1,
  neighbour: 1,
  volunteer: 1,
  professional: 2,
  service: 2,
};
const RADII = [170, 290, 410];
const NODE_W = 150;

type PersonData = {
  label: string;
  sub: string;
  muted: boolean;
  onPick: () => void;
  pickLabel: string;
};
type CentreData = { label: string };

function CentreNode({ data }: NodeProps<Node<CentreData>>) {
  return (
    <div className="eco-centre">
      {data.label}
      <Handle type="source" position={Position.Top} className="eco-handle" isConnectable={false} />
    </div>
  );
}

function PersonNode({ data }: NodeProps<Node<PersonData>>) {
  return (
    <div className={data.muted ? 'eco-person muted' : 'eco-person'}>
      <Handle type="target" position={Position.Top} className="eco-handle" isConnectable={false} />
      <button type="button" className="eco-pick" onClick={data.onPick}>
        <span className="eco-name">{data.label}</span>
        <span className="eco-sub">{data.sub}</span>
        <span className="visually-hidden">{data.pickLabel}</span>
      </button>
    </div>
  );
}

const nodeTypes = { centre: CentreNode, person: PersonNode };

/** Places each person on their ring, spread evenly; the rings turn a little so labels overlap less. */
function layout(people: readonly NetworkPerson[]) {
  const rings: NetworkPerson[][] = [[], [], []];
  for (const p of people) rings[ringOf[p.tie]]?.push(p);
  return rings.flatMap((ring, r) =>
    ring.map((p, i) => {
      const angle = (2 * Math.PI * i) / ring.length - Math.PI / 2 + r * 0.4;
      const radius = RADII[r] ?? 400;
      return {
        person: p,
        x: Math.cos(angle) * radius - NODE_W / 2,
        y: Math.sin(angle) * radius - 25,
      };
    }),
  );
}

export default function Ecogram(props: {
  familyName: string;
  people: readonly NetworkPerson[];
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const [exportError, setExportError] = useState('');
  const { nodes, edges } = useMemo(() => {
    const placed = layout(props.people);
    const nodes: Node[] = [
      {
        id: 'family',
        type: 'centre',
        position: { x: -NODE_W / 2, y: -30 },
        data: { label: props.familyName },
        focusable: false,
        draggable: false,
      },
      ...placed.map(({ person: p, x, y }) => ({
        id: p.id,
        type: 'person',
        position: { x, y },
        focusable: false,
        draggable: false,
        data: {
          label: p.name,
          sub: `${p.relation || t(`caseParts.network.tie.${p.tie}`)}${
            p.involve === 'yes' ? '' : ` · ${t(`caseParts.network.involveShort.${p.involve}`)}`
          }`,
          muted: p.involve === 'no',
          pickLabel: t('caseParts.network.pick', {
            support: t(`caseParts.network.support.${p.support}`),
            involve: t(`caseParts.network.involve.${p.involve}`),
          }),
          onPick: () => {
            props.onPick(p.id);
          },
        } satisfies PersonData,
      })),
    ];
    const edges: Edge[] = props.people.map((p) => ({
      id: `tie-${p.id}`,
      source: 'family',
      target: p.id,
      type: 'straight',
      focusable: false,
      className: `eco-tie ${p.support}`,
    }));
    return { nodes, edges };
  }, [props, t]);

  const download = async (kind: 'svg' | 'png') => {
    const element = frame.current?.querySelector<HTMLElement>('.react-flow');
    if (element == null) return;
    setExportError('');
    try {
      const options = {
        backgroundColor: '#ffffff',
        filter: (n: HTMLElement) =>
          !(n instanceof HTMLElement && n.classList.contains('react-flow__attribution')),
      };
      const url = kind === 'svg' ? await toSvg(element, options) : await toPng(element, options);
      const link = document.createElement('a');
      link.href = url;
      link.download = `ecogram.${kind}`;
      link.click();
    } catch (error) {
      setExportError(t('caseParts.network.exportFailed', { detail: String(error) }));
    }
  };

  return (
    <figure className="ecogram" aria-labelledby="ecogram-caption">
      <div className="ecogram-frame" ref={frame}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          fitView
          fitViewOptions={{ padding: 0.15 }}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          zoomOnScroll={false}
          panOnDrag={false}
          preventScrolling={false}
          minZoom={0.3}
        />
      </div>
      <figcaption id="ecogram-caption">
        {t('caseParts.network.ecogramCaption')}{' '}
        <span className="eco-legend">
          <span className="eco-key strong" aria-hidden="true" />{' '}
          {t('caseParts.network.support.strong')}
          <span className="eco-key some" aria-hidden="true" /> {t('caseParts.network.support.some')}
          <span className="eco-key strained" aria-hidden="true" />{' '}
          {t('caseParts.network.support.strained')}
        </span>
      </figcaption>
      <div className="actions">
        <button type="button" onClick={() => void download('svg')}>
          {t('caseParts.network.exportSvg')}
        </button>
        <button type="button" onClick={() => void download('png')}>
          {t('caseParts.network.exportPng')}
        </button>
      </div>
      {exportError === '' ? null : (
        <p className="error" role="alert">
          {exportError}
        </p>
      )}
    </figure>
  );
}
