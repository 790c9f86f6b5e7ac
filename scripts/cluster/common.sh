# What every cluster script starts from (sourced from the repository's root): the bench helpers
# (start_node, db, log), the cluster's working folder, its private MariaDB and its nodes.
source bench/lib/portal.sh
CLUSTER_DIR=$PWD/scripts/cluster/target
source scripts/cluster/mariadb.sh
source scripts/cluster/nodes.sh
