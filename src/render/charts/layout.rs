//! Layout helpers: rectangles and the placement of point labels so that they stay clear of
//! each other, of the points and of the plot's edges.

/// An axis-aligned rectangle in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect { x0, y0, x1, y1 }
    }

    /// A square of half-size `radius` around a point.
    pub fn around(x: f64, y: f64, radius: f64) -> Rect {
        Rect::new(x - radius, y - radius, x + radius, y + radius)
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    pub fn grow(&self, by: f64) -> Rect {
        Rect::new(self.x0 - by, self.y0 - by, self.x1 + by, self.y1 + by)
    }

    pub fn overlap(&self, other: &Rect) -> f64 {
        let w = (self.x1.min(other.x1) - self.x0.max(other.x0)).max(0.0);
        let h = (self.y1.min(other.y1) - self.y0.max(other.y0)).max(0.0);
        w * h
    }

    /// The area of this rectangle that lies outside `bounds`.
    pub fn outside(&self, bounds: &Rect) -> f64 {
        self.width() * self.height() - self.overlap(bounds)
    }

    pub fn contains(&self, other: &Rect) -> bool {
        other.x0 >= self.x0 && other.x1 <= self.x1 && other.y0 >= self.y0 && other.y1 <= self.y1
    }
}

/// A label to place next to a point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelRequest {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The radius of the point's marker: the label starts beyond it.
    pub clearance: f64,
}

/// Where a label went; `leader` is set when it sits away from its point and needs a line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub rect: Rect,
    pub leader: bool,
}

/// How many distances from its point a label is tried at.
const RINGS: usize = 10;

/// Directions around a point, most preferred first (right, left, above, below, diagonals).
const DIRECTIONS: [(f64, f64); 8] = [
    (1.0, 0.0),
    (-1.0, 0.0),
    (0.0, -1.0),
    (0.0, 1.0),
    (1.0, -1.0),
    (-1.0, -1.0),
    (1.0, 1.0),
    (-1.0, 1.0),
];

fn candidate(request: &LabelRequest, direction: (f64, f64), distance: f64) -> Rect {
    let (dx, dy) = direction;
    let gap = request.clearance + distance;
    let x0 = if dx > 0.0 {
        request.x + gap
    } else if dx < 0.0 {
        request.x - gap - request.width
    } else {
        request.x - request.width / 2.0
    };
    let y0 = if dy > 0.0 {
        request.y + gap * 0.7
    } else if dy < 0.0 {
        request.y - gap * 0.7 - request.height
    } else {
        request.y - request.height / 2.0
    };
    Rect::new(x0, y0, x0 + request.width, y0 + request.height)
}

/// Places labels greedily, most constrained point first, then improves each label twice more
/// against all others. Obstacles are points and texts that labels must not cover; lines
/// (arrows) are `soft`: better not covered, but a label may cross them. Every label stays
/// inside `bounds` whenever it fits. Deterministic for the same input.
pub fn place_labels(
    requests: &[LabelRequest],
    obstacles: &[Rect],
    soft: &[Rect],
    bounds: Rect,
) -> Vec<Placement> {
    let step = requests
        .iter()
        .map(|r| r.height)
        .fold(0.0_f64, f64::max)
        .max(8.0);
    let candidates: Vec<Vec<(Rect, f64, bool)>> = requests
        .iter()
        .map(|request| {
            let mut list = Vec::new();
            for ring in 0..RINGS {
                let distance = 4.0 + ring as f64 * step * 0.8;
                for (rank, direction) in DIRECTIONS.iter().enumerate() {
                    let rect = candidate(request, *direction, distance);
                    let preference = rank as f64 * 0.5 + ring as f64 * 20.0;
                    list.push((rect, preference, ring > 1));
                }
            }
            list
        })
        .collect();

    let crowding = |index: usize| -> usize {
        let me = &requests[index];
        requests
            .iter()
            .filter(|other| {
                (other.x - me.x).abs() < me.width + other.width
                    && (other.y - me.y).abs() < (me.height + other.height) * 2.0
            })
            .count()
    };
    let mut order: Vec<usize> = (0..requests.len()).collect();
    order.sort_by_key(|&index| std::cmp::Reverse(crowding(index)));

    let cost = |rect: &Rect, preference: f64, placed: &[Option<Rect>], me: usize| -> f64 {
        let mut cost = preference + rect.outside(&bounds) * 50.0;
        for obstacle in obstacles {
            cost += rect.overlap(&obstacle.grow(2.0)) * 8.0;
        }
        for line in soft {
            cost += rect.overlap(line) * 4.0;
        }
        for (other, slot) in placed.iter().enumerate() {
            if other != me
                && let Some(other_rect) = slot
            {
                cost += rect.overlap(&other_rect.grow(3.0)) * 20.0;
            }
        }
        cost + leader_crossings(&requests[me], rect, obstacles, placed, me) * 400.0
    };

    let mut placed: Vec<Option<Rect>> = vec![None; requests.len()];
    let mut leaders = vec![false; requests.len()];
    for pass in 0..3 {
        for &index in &order {
            if pass > 0 {
                placed[index] = None;
            }
            let mut best: Option<(f64, Rect, bool)> = None;
            for (rect, preference, leader) in &candidates[index] {
                let value = cost(rect, *preference, &placed, index);
                if best.is_none_or(|(b, _, _)| value < b) {
                    best = Some((value, *rect, *leader));
                }
            }
            if let Some((_, rect, leader)) = best {
                placed[index] = Some(rect);
                leaders[index] = leader;
            }
        }
    }
    placed
        .into_iter()
        .zip(leaders)
        .zip(requests)
        .map(|((rect, leader), request)| Placement {
            rect: rect.unwrap_or_else(|| candidate(request, DIRECTIONS[0], 4.0)),
            leader,
        })
        .collect()
}

/// The point on a label's box nearest to its point: where a leader line ends.
pub fn leader_end(request: &LabelRequest, rect: &Rect) -> (f64, f64) {
    (
        request.x.clamp(rect.x0, rect.x1),
        request.y.clamp(rect.y0, rect.y1),
    )
}

/// True when a label at `rect` stands so far from its point that a leader line ties them.
pub fn needs_leader(request: &LabelRequest, rect: &Rect, placement_leader: bool) -> bool {
    let (tx, ty) = leader_end(request, rect);
    let length = ((tx - request.x).powi(2) + (ty - request.y).powi(2)).sqrt();
    placement_leader || length > request.clearance + LEADER_SLACK
}

/// How far beyond its marker a label may stand without a leader line.
const LEADER_SLACK: f64 = 14.0;

/// For each placed label, whether it covers what it must not: a marker or text
/// (`obstacles`), a line, another label, or whether its leader line crosses a marker or
/// another label. Touching edges do not count.
pub fn conflicts(
    requests: &[LabelRequest],
    placed: &[Placement],
    obstacles: &[Rect],
    lines: &[Rect],
) -> Vec<bool> {
    const TOUCH: f64 = 0.5;
    let rects: Vec<Option<Rect>> = placed.iter().map(|p| Some(p.rect)).collect();
    placed
        .iter()
        .enumerate()
        .map(|(index, placement)| {
            let rect = placement.rect;
            let covers = obstacles
                .iter()
                .chain(lines)
                .any(|other| rect.overlap(other) > TOUCH);
            let crowds = placed
                .iter()
                .enumerate()
                .any(|(other, p)| other != index && rect.overlap(&p.rect) > TOUCH);
            let request = &requests[index];
            let crosses = needs_leader(request, &rect, placement.leader)
                && leader_crossings(request, &rect, obstacles, &rects, index) > 0.0;
            covers || crowds || crosses
        })
        .collect()
}

/// How many points and other labels the line from a point to its label would cross.
fn leader_crossings(
    request: &LabelRequest,
    rect: &Rect,
    obstacles: &[Rect],
    placed: &[Option<Rect>],
    me: usize,
) -> f64 {
    let to = (
        request.x.clamp(rect.x0, rect.x1),
        request.y.clamp(rect.y0, rect.y1),
    );
    let (dx, dy) = (to.0 - request.x, to.1 - request.y);
    let length = (dx * dx + dy * dy).sqrt();
    if length <= request.clearance + 6.0 {
        return 0.0;
    }
    let steps = (length / 4.0).ceil() as usize;
    let start = request.clearance + 2.0;
    let mut hit = vec![false; obstacles.len() + placed.len()];
    for step in 0..=steps {
        let along = start + (length - start) * step as f64 / steps as f64;
        let (x, y) = (
            request.x + dx / length * along,
            request.y + dy / length * along,
        );
        let probe = Rect::around(x, y, 1.0);
        for (index, obstacle) in obstacles.iter().enumerate() {
            // A mark drawn around the point itself (the benchmark's diamond around the
            // cooperation's) is left by every line from it.
            let around_point = obstacle.contains(&Rect::around(request.x, request.y, 0.0));
            if !around_point && probe.overlap(obstacle) > 0.0 {
                hit[index] = true;
            }
        }
        for (index, slot) in placed.iter().enumerate() {
            if index != me
                && let Some(other) = slot
                && probe.overlap(other) > 0.0
            {
                hit[obstacles.len() + index] = true;
            }
        }
    }
    hit.iter().filter(|h| **h).count() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(x: f64, y: f64) -> LabelRequest {
        LabelRequest {
            x,
            y,
            width: 90.0,
            height: 20.0,
            clearance: 8.0,
        }
    }

    #[test]
    fn labels_of_close_points_do_not_overlap_each_other_or_the_points() {
        let requests: Vec<LabelRequest> = (0..6)
            .map(|i| request(300.0 + i as f64 * 6.0, 300.0 + i as f64 * 5.0))
            .collect();
        let points: Vec<Rect> = requests
            .iter()
            .map(|r| Rect::around(r.x, r.y, 8.0))
            .collect();
        let bounds = Rect::new(0.0, 0.0, 800.0, 600.0);
        let placed = place_labels(&requests, &points, &[], bounds);
        for (i, a) in placed.iter().enumerate() {
            assert!(bounds.contains(&a.rect));
            for point in &points {
                assert_eq!(a.rect.overlap(point), 0.0, "label {i} covers a point");
            }
            for b in &placed[i + 1..] {
                assert_eq!(a.rect.overlap(&b.rect), 0.0);
            }
        }
    }

    #[test]
    fn a_label_near_the_right_edge_goes_left() {
        let bounds = Rect::new(0.0, 0.0, 800.0, 600.0);
        let placed = place_labels(&[request(790.0, 300.0)], &[], &[], bounds);
        assert!(bounds.contains(&placed[0].rect));
        assert!(placed[0].rect.x1 < 790.0);
    }
}
