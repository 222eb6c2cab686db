#!/usr/bin/env bash
# A 16-run sweep on Fashion-MNIST (2 learning rates x 2 batch sizes x 4 seeds, 1 epoch on 6,000
# images, 1 thread per run): wall time of `gdlab sweep` with the local engine at --parallel 2
# against 16 sequential `gdlab train` calls of the same points (each its own JVM, as a shell loop
# would run them). With gdlab-spark in the tree, also --engine spark (embedded). Not a test: run it
# on a quiet machine (it prints the load average before and after); timings on shared cores swing.
#
#   bench/sweep.sh            # prints the figures; the run folders go to $GDLAB_BENCH_OUT/sweep
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${GDLAB_BENCH_OUT:-${TMPDIR:-/tmp}/gdlab-bench}/sweep"
rm -rf "$out"
mkdir -p "$out"
gdlab="$root/gdlab"
lrs=(0.001 0.003)
batches=(100 200)
seeds=(0 1 2 3)
common=(train_size=6000 validation_size=1000 epochs=1 threads=1)

"$gdlab" info >/dev/null   # builds gdlab first, outside the timings
"$gdlab" data >/dev/null

now() { date +%s.%N; }
calc() { awk "BEGIN { print $1 }"; }
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

sets=()
for s in "${common[@]}"; do sets+=(--set "$s"); done
axes=(--axis "lr=$(IFS=,; echo "${lrs[*]}")" --axis "batch=$(IFS=,; echo "${batches[*]}")" --axis "seed=0..3")

start=$(now)
"$gdlab" sweep "${sets[@]}" "${axes[@]}" --parallel 2 --quiet --out "$out/local-2" >/dev/null
local2=$(calc "$(now) - $start")

start=$(now)
for lr in "${lrs[@]}"; do
  for batch in "${batches[@]}"; do
    for seed in "${seeds[@]}"; do
      "$gdlab" train --train-size 6000 --validation-size 1000 --epochs 1 --threads 1 --lr "$lr" --batch "$batch" \
        --seed "$seed" --quiet --out "$out/train/lr=${lr}_batch=${batch}_seed=${seed}" >/dev/null
    done
  done
done
sequential=$(calc "$(now) - $start")

printf 'gdlab sweep --engine local --parallel 2: %.1f s for 16 runs (%.2f s per run)\n' "$local2" "$(calc "$local2 / 16")"
printf '16 sequential gdlab train calls:         %.1f s (%.2f s per run)\n' "$sequential" "$(calc "$sequential / 16")"
printf 'ratio sequential / sweep:                %.2f\n' "$(calc "$sequential / $local2")"

if [ -d "$root/gdlab-spark" ]; then
  start=$(now)
  "$gdlab" sweep "${sets[@]}" "${axes[@]}" --engine spark --quiet --out "$out/spark" >/dev/null
  spark=$(calc "$(now) - $start")
  printf 'gdlab sweep --engine spark (embedded):   %.1f s (%.2f s per task over the local engine)\n' "$spark" \
    "$(calc "($spark - $local2) / 16")"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
